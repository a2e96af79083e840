using Roster.Gazette;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Roster.Bench.Gazette;

/// <summary>MB/s of UTF-8 input read: the synthetic gazette's size over the mean time of one read.</summary>
public sealed class ThroughputColumn : IColumn
{
    private static readonly Dictionary<int, double> Sizes = [];

    public string Id => "MBps";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Megabytes (10^6 bytes of UTF-8) of gazette text read per second";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var copies = (int)benchmarkCase.Parameters["Copies"];
        if (!Sizes.TryGetValue(copies, out var megabytes)) Sizes[copies] = megabytes = SyntheticGazette.Megabytes(SyntheticGazette.Build(copies));
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return meanNanoseconds is { } mean and > 0 ? (megabytes / (mean / 1e9)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "?";
    }
}
