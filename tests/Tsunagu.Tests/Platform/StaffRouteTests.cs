using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Platform;

public sealed class StaffRouteTests(TsunaguFactory factory) : IClassFixture<TsunaguFactory>
{
    // The sign-in steps are the only staff routes a signed-out visitor may open.
    private static readonly string[] s_anonymousAllowed = ["/staff/signin", "/staff/signin/code", "/staff/signin/enrol", "/staff/signin/change-password", "/staff/signout"];

    private List<string> StaffRoutes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/staff", StringComparison.Ordinal) && !s_anonymousAllowed.Contains(r))
            .Select(r => System.Text.RegularExpressions.Regex.Replace(r, @"\{\w+:guid\}", Guid.Empty.ToString()))
            .Distinct().ToList();

    [Fact]
    public async Task EveryStaffRoute_Anonymous_RedirectsToSignInOrForbids()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var routes = StaffRoutes();
        Assert.Contains("/staff", routes);
        Assert.Contains("/staff/audit", routes);

        foreach (var route in routes)
        {
            var response = await client.GetAsync(route);
            var ok = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/staff/signin", StringComparison.Ordinal));
            Assert.True(ok, $"{route} answered {(int)response.StatusCode} to an anonymous visitor");
        }
    }

    [Theory]
    [InlineData(StaffRoles.Counter, HttpStatusCode.Forbidden)]
    [InlineData(StaffRoles.Examiner, HttpStatusCode.Forbidden)]
    [InlineData(StaffRoles.Manager, HttpStatusCode.Forbidden)]
    [InlineData(StaffRoles.Admin, HttpStatusCode.OK)]
    public async Task AuditPage_ByRole_OnlyAdminMayRead(string role, HttpStatusCode expected)
    {
        var client = await StaffLogin.SignedInClientAsync(factory, role == StaffRoles.Admin ? "digital" : "jumin", role);

        var response = await client.GetAsync("/staff/audit");

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData(StaffRoles.Counter)]
    [InlineData(StaffRoles.Examiner)]
    [InlineData(StaffRoles.Manager)]
    [InlineData(StaffRoles.Admin)]
    public async Task StaffHomeAndResidentSearch_AnyRole_Open(string role)
    {
        var client = await StaffLogin.SignedInClientAsync(factory, "jumin", role);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/residents")).StatusCode);
    }

    [Fact]
    public async Task AuditPage_Admin_ListsSignInEntriesWithFilters()
    {
        var client = await StaffLogin.SignedInClientAsync(factory, "digital", StaffRoles.Admin);

        var page = await Html.GetAsync(client, "/staff/audit?Action=staff.totp-enrolled");

        var rows = page.Document.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("staff.totp-enrolled", r.TextContent, StringComparison.Ordinal));
    }
}
