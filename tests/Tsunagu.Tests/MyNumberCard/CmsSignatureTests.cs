using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Web.MyNumberCard;
using Tsunagu.Web.MyNumberCard.Contracts;
using Tsunagu.Web.Platform.Cli;

namespace Tsunagu.Tests.MyNumberCard;

/// <summary>CMS detached signatures by the 署名用 key: accepted only when signature, purpose, chain and CRL all pass.</summary>
public sealed class CmsSignatureTests(CardFactory factory) : IClassFixture<CardFactory>
{
    private static readonly byte[] s_content = Encoding.UTF8.GetBytes("{\"answers\":{\"name\":\"九重 花子\"},\"format\":\"tsunagu-application/1\"}");

    private ISignatureVerifier Verifier => factory.Services.GetRequiredService<ISignatureVerifier>();

    private async Task<CardKeys> CardAsync(int skip = 0) => factory.Ca.Issue((await factory.ResidentAsync(skip)).Info);

    [Fact]
    public async Task Verify_SoftwareCardSignature_GivesTheSignerAndSerial()
    {
        var (_, info) = await factory.ResidentAsync(3);
        using var card = factory.Ca.Issue(info);

        var check = Verifier.Verify(s_content, SoftwareCard.SignDetached(card, s_content, factory.Clock.GetUtcNow()));

        Assert.True(check.IsValid, check.Problem);
        Assert.Equal((info.Name, info.Address, info.BirthDate, info.Sex), (check.Signer!.Name, check.Signer.Address, check.Signer.BirthDate, check.Signer.Sex));
        Assert.Equal(CrlStore.Normalise(card.Signature.SerialNumber), check.Signer.CertificateSerial);
        Assert.NotNull(check.Signer.SignedAt);
    }

    [Fact]
    public async Task Verify_ChangedData_IsRefused()
    {
        using var card = await CardAsync();
        var cms = SoftwareCard.SignDetached(card, s_content, factory.Clock.GetUtcNow());

        var check = Verifier.Verify([.. s_content, (byte)' '], cms);

        Assert.Equal("bad-signature", check.ProblemCode);
    }

    [Fact]
    public async Task Verify_AuthenticationCertificateUsedToSign_IsWrongPurpose()
    {
        using var card = await CardAsync();
        var wrong = new CardKeys(card.Authentication, card.Signature);

        var check = Verifier.Verify(s_content, SoftwareCard.SignDetached(wrong, s_content, factory.Clock.GetUtcNow()));

        Assert.Equal("wrong-purpose", check.ProblemCode);
    }

    [Fact]
    public void Verify_UnknownCa_Malformed_AndEmpty_AreRefused()
    {
        using var stranger = TestCards.FromOwnCa(factory.Services.GetRequiredService<CardOptions>(), factory.Clock.GetUtcNow());

        Assert.Equal("unknown-ca", Verifier.Verify(s_content, SoftwareCard.SignDetached(stranger, s_content, factory.Clock.GetUtcNow())).ProblemCode);
        Assert.Equal("malformed", Verifier.Verify(s_content, [0x30, 0x03, 0x02, 0x01]).ProblemCode);
        Assert.Equal("malformed", Verifier.Verify(s_content, []).ProblemCode);
    }

    [Fact]
    public async Task Verify_RevokedCard_IsRefused()
    {
        using var card = await CardAsync(5);
        var cms = SoftwareCard.SignDetached(card, s_content, factory.Clock.GetUtcNow());
        factory.Ca.Revoke(card.Signature.SerialNumber);

        Assert.Equal("revoked", Verifier.Verify(s_content, cms).ProblemCode);
    }

    [Fact]
    public async Task Verify_AsOfATimeBeforeTheRevocation_IsValid_ButNotAsOfNow()
    {
        using var card = await CardAsync(6);
        var signedAt = factory.Clock.GetUtcNow();
        var cms = SoftwareCard.SignDetached(card, s_content, signedAt);
        factory.Ca.Revoke(card.Signature.SerialNumber);

        // The CRL entry's revocation date is the clock's now; a signature checked as of a minute earlier predates it.
        Assert.True(Verifier.Verify(s_content, cms, signedAt.AddMinutes(-1)).IsValid);
        Assert.Equal("revoked", Verifier.Verify(s_content, cms).ProblemCode);
    }

    [Fact]
    public async Task Verify_Sha1Digest_IsRefused()
    {
        using var card = await CardAsync();
        var signer = new CmsSigner(card.Signature) { DigestAlgorithm = new Oid("1.3.14.3.2.26") };
        var cms = new SignedCms(new ContentInfo(s_content), detached: true);
        cms.ComputeSignature(signer);

        Assert.Equal("bad-signature", Verifier.Verify(s_content, cms.Encode()).ProblemCode);
    }

    [Fact]
    public async Task Openssl_SignsWithTheCardKey_AndOurVerifierAccepts_AndItVerifiesOurs()
    {
        using var card = await CardAsync(7);
        var dir = Directory.CreateTempSubdirectory("tsunagu-cms-").FullName;
        try
        {
            var data = await WriteForOpensslAsync(dir, card);
            await File.WriteAllTextAsync(Path.Combine(dir, "ca.pem"), factory.Ca.Root().ExportCertificatePem());

            Assert.Equal(0, await OpensslAsync(dir, "cms -sign -binary -md sha256 -in application.json -signer cert.pem -inkey key.pem -outform DER -out openssl.p7s"));
            var check = Verifier.Verify(s_content, await File.ReadAllBytesAsync(Path.Combine(dir, "openssl.p7s")));
            Assert.True(check.IsValid, check.Problem);

            await File.WriteAllBytesAsync(Path.Combine(dir, "ours.p7s"), SoftwareCard.SignDetached(card, s_content, factory.Clock.GetUtcNow()));
            Assert.Equal(0, await OpensslAsync(dir, "cms -verify -binary -inform DER -in ours.p7s -content application.json -CAfile ca.pem -purpose any -out /dev/null"));
            await File.WriteAllTextAsync(data, "{\"changed\":true}");
            Assert.NotEqual(0, await OpensslAsync(dir, "cms -verify -binary -inform DER -in ours.p7s -content application.json -CAfile ca.pem -purpose any -out /dev/null"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task VerifySignatureCommand_OpensslSignature_AcceptsUnchangedAndRejectsChangedAndRevoked()
    {
        using var card = await CardAsync(9);
        var dir = Directory.CreateTempSubdirectory("tsunagu-verify-").FullName;
        try
        {
            var data = await WriteForOpensslAsync(dir, card);
            Assert.Equal(0, await OpensslAsync(dir, "cms -sign -binary -md sha256 -in application.json -signer cert.pem -inkey key.pem -outform PEM -out openssl.p7s"));
            string[] args = ["--data", data, "--signature", Path.Combine(dir, "openssl.p7s")];

            var (accepted, printed) = await RunVerifyAsync(args);
            Assert.Equal(0, accepted);
            Assert.Contains("certificate serial: " + CrlStore.Normalise(card.Signature.SerialNumber), printed, StringComparison.Ordinal);

            await File.WriteAllTextAsync(data, "{\"changed\":true}");
            Assert.Equal(1, (await RunVerifyAsync(args)).Exit);
            await File.WriteAllBytesAsync(data, s_content);
            factory.Ca.Revoke(card.Signature.SerialNumber);
            var (revoked, reason) = await RunVerifyAsync(args);
            Assert.Equal(1, revoked);
            Assert.Contains("(revoked)", reason, StringComparison.Ordinal);
            Assert.Equal(2, (await RunVerifyAsync(["--data", data])).Exit);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private async Task<(int Exit, string Output)> RunVerifyAsync(string[] args)
    {
        using var output = new StringWriter();
        var command = factory.Services.GetServices<IAdminCommand>().Single(c => c.Name == "verify-signature");
        var exit = await command.RunAsync(CommandOptions.Parse(args), output, CancellationToken.None);
        return (exit, output.ToString());
    }

    /// <summary>The signed file, and the card's 署名用 certificate and key as PEM files, as openssl reads them.</summary>
    private static async Task<string> WriteForOpensslAsync(string dir, CardKeys card)
    {
        var data = Path.Combine(dir, "application.json");
        await File.WriteAllBytesAsync(data, s_content);
        await File.WriteAllTextAsync(Path.Combine(dir, "cert.pem"), card.Signature.ExportCertificatePem());
        using var key = card.Signature.GetRSAPrivateKey()!;
        await File.WriteAllTextAsync(Path.Combine(dir, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        return data;
    }

    private static async Task<int> OpensslAsync(string dir, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("openssl", arguments) { WorkingDirectory = dir, RedirectStandardError = true, RedirectStandardOutput = true })!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
