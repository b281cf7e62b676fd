using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Tests.Platform;

public sealed class ResidentIdentityRulesTests(TsunaguFactory factory) : IClassFixture<TsunaguFactory>
{
    [Theory]
    [InlineData("ＫＯＫＯＮＯＥ＠ｅｘａｍｐｌｅ．ｊｐ", "kokonoe@example.jp")]
    [InlineData("  Yume.Tsuri+onsen@Example.JP ", "yume.tsuri+onsen@example.jp")]
    [InlineData("九重@example.jp", null)]
    [InlineData("kokonoe@localhost", null)]
    [InlineData("@example.jp", null)]
    [InlineData("a@b@example.jp", null)]
    public void ResidentEmail_Normalise_FoldsWidthOrRefuses(string input, string? expected) =>
        Assert.Equal(expected, ResidentEmail.Normalise(input));

    [Fact]
    public void ResidentPassword_LoneSurrogate_RefusedNotThrown() =>
        Assert.NotNull(ResidentPassword.Problem("lone-" + (char)0xD800 + "-surrogate", null));

    [Theory]
    [InlineData("tab\tinside-password")]
    [InlineData("123456789")]
    public void ResidentPassword_Problem_RefusesBadPasswords(string password) =>
        Assert.NotNull(ResidentPassword.Problem(password, null));

    [Fact]
    public void ResidentPassword_Normalise_FullWidthEqualsHalfWidth() =>
        Assert.Equal(ResidentPassword.Normalise("ｋｏｋｏｎｏｅ２０２６"), ResidentPassword.Normalise("kokonoe2026"));

    [Theory]
    [InlineData("/Procedures/My/Applications", true)]
    [InlineData("/Platform/ResidentIdentity/My/Account", true)]
    [InlineData("/Cases/Staff/Index", false)]
    [InlineData("/Platform/ResidentIdentity/Pages/SignIn", false)]
    [InlineData("/Mythology/Index", false)]
    public void ResidentFolderConvention_Apply_GuardsOnlyMyFolders(string viewEnginePath, bool guarded)
    {
        var model = new PageApplicationModel(new PageActionDescriptor { ViewEnginePath = viewEnginePath, RelativePath = viewEnginePath + ".cshtml" },
            typeof(PageModel).GetTypeInfo(), []);

        new ResidentFolderConvention().Apply(model);

        Assert.Equal(guarded, model.Filters.OfType<ResidentAuthorizationFilter>().Any());
        Assert.DoesNotContain(model.Filters, f => f is Microsoft.AspNetCore.Mvc.Authorization.AuthorizeFilter);
    }

    [Fact]
    public async Task ResidentAuthorizationFilter_NoResidentCookie_ChallengesResidentScheme()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var context = new AuthorizationFilterContext(new ActionContext(http, new RouteData(), new ActionDescriptor()), []);

        await new ResidentAuthorizationFilter().OnAuthorizationAsync(context);

        var challenge = Assert.IsType<ChallengeResult>(context.Result);
        Assert.Equal([ResidentPolicies.Scheme], challenge.AuthenticationSchemes);
    }
}
