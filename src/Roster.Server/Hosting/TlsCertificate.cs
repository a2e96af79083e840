using System.Security.Cryptography.X509Certificates;

namespace Roster.Server.Hosting;

/// <summary>Loads the server certificate named by <c>Roster:Tls</c>: a PKCS#12 file, or a PEM certificate and key.</summary>
public static class TlsCertificate
{
    /// <summary>The certificate, or null when none is configured.</summary>
    public static X509Certificate2? Load(TlsOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.CertificatePath)) return null;
        var path = Path.GetFullPath(options.CertificatePath);
        if (!File.Exists(path)) throw new InvalidOperationException($"Roster:Tls:CertificatePath: no file {path}");
        return string.IsNullOrWhiteSpace(options.KeyPath)
            ? X509CertificateLoader.LoadPkcs12FromFile(path, options.Password)
            : X509Certificate2.CreateFromPemFile(path, Path.GetFullPath(options.KeyPath));
    }
}
