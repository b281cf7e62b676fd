using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>A card's two certificates with their private keys, as a software test card holds them.</summary>
public sealed record CardKeys(X509Certificate2 Signature, X509Certificate2 Authentication) : IDisposable
{
    /// <summary>Both keys and certificates in one PKCS#12 file, protected by the PIN (PBES2, AES-256).</summary>
    public byte[] ExportPkcs12(string pin) =>
        new X509Certificate2Collection(new[] { Signature, Authentication })
            .ExportPkcs12(new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000), pin);

    public void Dispose()
    {
        Signature.Dispose();
        Authentication.Dispose();
    }
}

/// <summary>
/// The local stand-in for the J-LIS CA, Development and Testing only: a root created on first use under
/// <c>&lt;data&gt;/pki/</c> (key kept there), its certificate copied to the trust anchors, and its CRL in the CRL folder.
/// </summary>
public sealed class TestCertificateAuthority(DataDirectory data, CardOptions options, TimeProvider clock)
{
    public const string SubjectName = "CN=Tsunagu Test JPKI CA (九重町 開発用), O=Tsunagu Development, C=JP";
    private static readonly Lock s_lock = new();

    private string CertPath => data.Combine("pki", "test-ca.crt");
    private string KeyPath => data.Combine("pki", "test-ca.key");
    private string CrlPath => Path.Combine(options.CrlDirectory, "test-ca.crl");

    /// <summary>The CA certificate with its key, created (with an empty CRL) the first time.</summary>
    public X509Certificate2 Root()
    {
        lock (s_lock)
        {
            if (!File.Exists(CertPath) || !File.Exists(KeyPath))
            {
                Create();
            }
            using var cert = X509CertificateLoader.LoadCertificateFromFile(CertPath);
            using var key = RSA.Create();
            key.ImportFromPem(File.ReadAllText(KeyPath));
            return cert.CopyWithPrivateKey(key);
        }
    }

    /// <summary>Issues a 署名用 certificate holding 基本4情報 and a 利用者証明用 certificate holding none.</summary>
    public CardKeys Issue(BasicFourInfo holder, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null)
    {
        using var root = Root();
        var from = notBefore ?? clock.GetUtcNow().AddMinutes(-5);
        var until = notAfter ?? clock.GetUtcNow().AddYears(5);
        var signature = IssueOne(root, "Signature", from, until, X509KeyUsageFlags.NonRepudiation | X509KeyUsageFlags.DigitalSignature,
            options.SignaturePolicyOid, CardProfile.EncodeSubjectAltName(holder));
        var authentication = IssueOne(root, "Authentication", from, until, X509KeyUsageFlags.DigitalSignature, options.AuthenticationPolicyOid, null);
        return new CardKeys(signature, authentication);
    }

    /// <summary>Adds the serial to the CA's CRL (a new CRL number), which the verifier reads at its next check.</summary>
    public void Revoke(string serialHex)
    {
        using var root = Root();
        lock (s_lock)
        {
            var builder = CertificateRevocationListBuilder.Load(File.ReadAllBytes(CrlPath), out var number);
            builder.AddEntry(Convert.FromHexString(Pad(CrlStore.Normalise(serialHex))), clock.GetUtcNow(), X509RevocationReason.KeyCompromise);
            WriteCrl(builder, root, number + 1);
        }
    }

    private void Create()
    {
        Directory.CreateDirectory(data.Combine("pki"));
        Directory.CreateDirectory(options.TrustAnchorDirectory);
        Directory.CreateDirectory(options.CrlDirectory);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(SubjectName, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = clock.GetUtcNow();
        using var root = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(20));
        File.WriteAllText(KeyPath, key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(CertPath, root.ExportCertificatePem());
        File.WriteAllBytes(Path.Combine(options.TrustAnchorDirectory, "test-ca.cer"), root.RawData);
        WriteCrl(new CertificateRevocationListBuilder(), root, 1);
    }

    private void WriteCrl(CertificateRevocationListBuilder builder, X509Certificate2 root, System.Numerics.BigInteger number)
    {
        var crl = builder.Build(root, number, clock.GetUtcNow().AddDays(7), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, clock.GetUtcNow());
        var temp = CrlPath + ".tmp";
        File.WriteAllBytes(temp, crl);
        File.Move(temp, CrlPath, overwrite: true);
    }

    private static X509Certificate2 IssueOne(X509Certificate2 root, string kind, DateTimeOffset from, DateTimeOffset until,
        X509KeyUsageFlags usage, string policy, X509Extension? subjectAltName)
    {
        using var key = RSA.Create(2048);
        // The real subject carries no personal data either: a card's name and address are only in the SAN.
        var request = new CertificateRequest($"CN={kind} {Guid.NewGuid():N}, OU=Tsunagu Test Card, C=JP", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        request.CertificateExtensions.Add(CardProfile.EncodePolicy(policy));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, true, false));
        if (subjectAltName is not null)
        {
            request.CertificateExtensions.Add(subjectAltName);
        }
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        serial[0] |= 0x01;
        using var cert = request.Create(root, from, until, serial);
        return cert.CopyWithPrivateKey(key);
    }

    private static string Pad(string hex) => hex.Length % 2 == 0 ? hex : "0" + hex;
}
