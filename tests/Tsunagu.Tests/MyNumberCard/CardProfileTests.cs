using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Tsunagu.Web.MyNumberCard;
using Tsunagu.Web.Platform.Cli;

namespace Tsunagu.Tests.MyNumberCard;

public sealed class CardProfileTests(CardFactory factory) : IClassFixture<CardFactory>
{
    [Fact]
    public void SubjectAltName_BasicFourInfo_RoundTrips()
    {
        var info = new BasicFourInfo("九重　花子", "大分県玖珠郡九重町大字右田3000番地", new DateOnly(1980, 2, 29), "2");
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=x", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(CardProfile.EncodeSubjectAltName(info));
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1));

        Assert.Equal(info, CardProfile.ReadBasicFourInfo(cert));
    }

    [Fact]
    public async Task Issue_AuthenticationCertificate_HoldsNoPersonalData()
    {
        using var card = factory.Ca.Issue((await factory.ResidentAsync()).Info);

        Assert.Null(CardProfile.ReadBasicFourInfo(card.Authentication));
        Assert.NotNull(CardProfile.ReadBasicFourInfo(card.Signature));
    }

    [Theory]
    [InlineData("Production", "true", true)]
    [InlineData("Staging", "true", true)]
    [InlineData("Production", "false", false)]
    [InlineData("Development", "true", false)]
    [InlineData("Testing", "true", false)]
    public void FindProblem_TestCaOutsideDevelopment_Refused(string environment, string allow, bool refused)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MyNumberCard:AllowTestCa"] = allow }).Build();

        Assert.Equal(refused, CardOptions.FindProblem(configuration, new Env(environment)) is not null);
    }

    [Fact]
    public async Task CardIssueCommand_WithoutPerson_PicksADemoResidentAndSaysWho()
    {
        var file = Path.Combine(factory.Database.DataDirectory, "picked.p12");
        using var output = new StringWriter();
        var code = await factory.WithScopeAsync(sp =>
            sp.GetServices<IAdminCommand>().Single(c => c.Name == "card issue").RunAsync(CommandOptions.Parse(["--out", file, "--pin", "1234"]), output, default));

        Assert.Equal(0, code);
        Assert.Matches(@"Picked demo resident .+ registry id [0-9a-f-]{36}\.", output.ToString());
        var signature = X509CertificateLoader.LoadPkcs12Collection(File.ReadAllBytes(file), "1234")
            .Single(c => CardProfile.ReadBasicFourInfo(c) is not null);
        Assert.Contains(CardProfile.ReadBasicFourInfo(signature)!.Name, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardIssueCommand_WritesPinProtectedP12WithBothKeys()
    {
        var (id, _) = await factory.ResidentAsync(1);
        var file = Path.Combine(factory.Database.DataDirectory, "card.p12");
        var code = await factory.WithScopeAsync(sp =>
        {
            var command = sp.GetServices<IAdminCommand>().Single(c => c.Name == "card issue");
            return command.RunAsync(CommandOptions.Parse(["--person", id.ToString(), "--out", file, "--pin", "1234"]), TextWriter.Null, default);
        });

        Assert.Equal(0, code);
        var certs = X509CertificateLoader.LoadPkcs12Collection(File.ReadAllBytes(file), "1234");
        Assert.Equal(2, certs.Count);
        Assert.All(certs, c => Assert.True(c.HasPrivateKey));
        Assert.ThrowsAny<CryptographicException>(() => X509CertificateLoader.LoadPkcs12Collection(File.ReadAllBytes(file), "9999"));
    }

    [Fact]
    public void CommandRunner_CardGroup_IsACommand()
    {
        Assert.True(CommandRunner.IsCommand(["card", "issue"]));
        Assert.False(CommandRunner.IsCommand(["cards"]));
    }

    private sealed class Env(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Tsunagu";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
