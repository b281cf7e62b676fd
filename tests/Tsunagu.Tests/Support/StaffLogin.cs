using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Support;

/// <summary>Creates staff and signs them in through the real pages, TOTP included.</summary>
public static class StaffLogin
{
    public static async Task<(string Email, string Password)> CreateStaffAsync(
        TsunaguFactory factory, string department, string role, bool mustChangePassword = false)
    {
        var email = $"{role}.{Guid.NewGuid().ToString("N")[..8]}@test.kokonoe.invalid";
        return await factory.WithScopeAsync(async sp =>
        {
            var (created, error) = await sp.GetRequiredService<StaffAccounts>().CreateAsync(email, "試験 職員", department, role, mustChangePassword);
            Assert.True(created is not null, error);
            return (email, created!.OneTimePassword);
        });
    }

    /// <summary>A client signed in as a new staff member of that department and role (first sign-in: TOTP enrolment).</summary>
    public static async Task<HttpClient> SignedInClientAsync(TsunaguFactory factory, string department, string role)
    {
        var (email, password) = await CreateStaffAsync(factory, department, role);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        var enrol = await Html.SubmitFormAsync(client, "/staff/signin", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, enrol.Status);
        var key = enrol.Document.QuerySelector("#totp-key")?.TextContent.Replace(" ", "", StringComparison.Ordinal)
            ?? throw new InvalidOperationException("enrolment page shows no key: " + enrol.Document.Title);
        var done = await Html.SubmitFormAsync(client, enrol, new() { ["Code"] = Totp(key) });
        Assert.Equal("/staff", done.Path);
        return client;
    }

    public static string Totp(string base32Key) =>
        new OtpNet.Totp(Base32Encoding.ToBytes(base32Key.ToUpperInvariant())).ComputeTotp();
}
