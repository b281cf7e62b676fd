using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Tests.MyNumberCard;

public sealed class CardPageTests(CardFactory factory) : IClassFixture<CardFactory>
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] file, string pin)
    {
        var page = await Html.GetAsync(client, "/account/card");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(Html.AntiforgeryToken(page.Document)), "__RequestVerificationToken");
        form.Add(new StringContent(pin), "Pin");
        form.Add(new StringContent("true"), "Link");
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-pkcs12");
        form.Add(content, "CardFile", "card.p12");
        return await client.PostAsync(new Uri("/account/card", UriKind.Relative), form);
    }

    [Fact]
    public async Task Post_SoftwareCardWithPin_SignsInAndGoesToMyPage()
    {
        using var card = factory.Ca.Issue((await factory.ResidentAsync(12)).Info);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await PostAsync(client, card.ExportPkcs12("1234"), "1234");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ResidentPolicies.HomePath, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_WrongPin_RefusedWithMessage()
    {
        using var card = factory.Ca.Issue((await factory.ResidentAsync(13)).Info);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await PostAsync(client, card.ExportPkcs12("1234"), "9999");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("PINが正しいか", (await Html.ParseAsync(response)).Document.Body!.TextContent, StringComparison.Ordinal);
    }
}
