using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Web.MyNumberCard;
using Tsunagu.Web.MyNumberCard.Contracts;

namespace Tsunagu.Tests.MyNumberCard;

/// <summary>The counter reads name, address, birth date and sex from the card after its 4-digit PIN, and nothing else.</summary>
public sealed class CardFaceReaderTests(CardFactory factory) : IClassFixture<CardFactory>
{
    private ICardFaceReader Reader => factory.Services.GetRequiredService<ICardFaceReader>();

    [Fact]
    public async Task Read_RightPin_GivesTheFourDetails()
    {
        var (_, info) = await factory.ResidentAsync(20);
        using var card = factory.Ca.Issue(info);

        var (face, problem) = Reader.Read(card.ExportPkcs12("4321"), "4321");

        Assert.Null(problem);
        Assert.Equal(new CardFace(info.Name, info.Address, info.BirthDate, info.Sex == "1" ? "男" : "女"), face);
        Assert.Equal(4, typeof(CardFace).GetProperties().Length);
    }

    [Theory]
    [InlineData("0000", "PINが正しいか")]
    [InlineData("12a4", "4桁の数字")]
    [InlineData("12345", "4桁の数字")]
    public async Task Read_WrongOrMalformedPin_IsRefused(string pin, string message)
    {
        using var card = factory.Ca.Issue((await factory.ResidentAsync(21)).Info);

        var (face, problem) = Reader.Read(card.ExportPkcs12("4321"), pin);

        Assert.Null(face);
        Assert.Contains(message, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_RevokedOrForeignCard_IsRefused()
    {
        using var revoked = factory.Ca.Issue((await factory.ResidentAsync(22)).Info);
        factory.Ca.Revoke(revoked.Signature.SerialNumber);
        using var stranger = TestCards.FromOwnCa(factory.Services.GetRequiredService<CardOptions>(), factory.Clock.GetUtcNow());

        Assert.Equal(new CertificateRevoked().Message, Reader.Read(revoked.ExportPkcs12("1111"), "1111").Problem);
        Assert.Equal(new CertificateUnknownAuthority().Message, Reader.Read(stranger.ExportPkcs12("1111"), "1111").Problem);
    }
}
