using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Roster.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RosterDbContext>
{
    public RosterDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<RosterDbContext>();
        RosterDatabase.Configure(options, "Data Source=design-time.db");
        return new RosterDbContext(options.Options);
    }
}
