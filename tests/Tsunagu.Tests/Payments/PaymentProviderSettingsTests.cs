using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Tsunagu.Web.Payments.Fees;
using Tsunagu.Web.Payments.Fees.Gmo;

namespace Tsunagu.Tests.Payments;

public sealed class PaymentProviderSettingsTests
{
    private static readonly GmoOptions s_complete = new()
    {
        BaseUrl = "https://p01.mul-pay.jp/payment/",
        ShopId = "shop",
        ShopPass = "pw-7f3k9q",
        TokenScriptUrl = "https://static.mul-pay.jp/ext/js/token.js",
    };

    [Theory]
    [InlineData("Simulator", "Development", false)]
    [InlineData("Simulator", "Testing", false)]
    [InlineData("Simulator", "Production", true)]
    [InlineData("Simulator", "Staging", true)]
    [InlineData("Stripe", "Development", true)]
    public void FindProblem_SimulatorOutsideDevelopment_Refused(string provider, string environment, bool refused) =>
        Assert.Equal(refused, ProviderStartup.FindProblem(new ProviderChoice(provider, null), new Env(environment)) is not null);

    [Fact]
    public void FindProblem_GmoComplete_StartsInProduction() =>
        Assert.Null(ProviderStartup.FindProblem(new ProviderChoice("Gmo", s_complete.FindProblem()), new Env("Production")));

    [Theory]
    [InlineData(nameof(GmoOptions.BaseUrl), "BaseUrl")]
    [InlineData(nameof(GmoOptions.ShopId), "ShopId")]
    [InlineData(nameof(GmoOptions.ShopPass), "ShopPass")]
    [InlineData(nameof(GmoOptions.TokenScriptUrl), "TokenScriptUrl")]
    public void FindProblem_GmoMissingASetting_OneLineNamingIt(string missing, string named)
    {
        var options = new GmoOptions { BaseUrl = s_complete.BaseUrl, ShopId = s_complete.ShopId, ShopPass = s_complete.ShopPass, TokenScriptUrl = s_complete.TokenScriptUrl };
        typeof(GmoOptions).GetProperty(missing)!.SetValue(options, missing == nameof(GmoOptions.BaseUrl) ? "http://p01.mul-pay.jp/payment/" : null);

        var problem = ProviderStartup.FindProblem(new ProviderChoice("Gmo", options.FindProblem()), new Env("Production"));

        Assert.NotNull(problem);
        Assert.DoesNotContain('\n', problem);
        Assert.Contains(named, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-7f3k9q", problem, StringComparison.Ordinal);
    }

    private sealed class Env(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Tsunagu";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
