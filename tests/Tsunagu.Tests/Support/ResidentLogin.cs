using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Tsunagu.Tests.Support;

/// <summary>Registers residents and signs them in through the real pages and the mail they receive.</summary>
public static class ResidentLogin
{
    public const string Password = "yufuin-kokonoe-2026";

    public static string NewEmail() => $"jumin.{Guid.NewGuid().ToString("N")[..10]}@example.jp";

    public static HttpClient NewClient(TsunaguFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });

    public static Task<FetchedPage> RegisterAsync(HttpClient client, string email, string password = Password) =>
        Html.SubmitFormAsync(client, "/account/register", new()
        {
            ["Email"] = email,
            ["Password"] = password,
            ["Confirm"] = password,
            ["Agree"] = "true",
        });

    /// <summary>Opens the verification link of the latest mail and presses the button on it.</summary>
    public static async Task<FetchedPage> VerifyAsync(TsunaguFactory factory, HttpClient client, string email)
    {
        var link = MailBox.Link(MailBox.Last(factory, email), "/account/verify");
        return await Html.SubmitFormAsync(client, link, []);
    }

    public static Task<FetchedPage> SignInAsync(HttpClient client, string email, string password = Password, string url = "/account/signin") =>
        Html.SubmitFormAsync(client, url, new() { ["Email"] = email, ["Password"] = password });

    /// <summary>A new, verified resident and a client signed in as them.</summary>
    public static async Task<(HttpClient Client, string Email)> SignedInClientAsync(TsunaguFactory factory)
    {
        var email = NewEmail();
        var client = NewClient(factory);
        await RegisterAsync(client, email);
        var page = await VerifyAsync(factory, client, email);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(Tsunagu.Web.Platform.ResidentIdentity.ResidentPolicies.HomePath, page.Path);
        return (client, email);
    }
}
