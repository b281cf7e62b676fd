using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Tsunagu.Web.MyNumberCard.Contracts;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>Software test cards for Development: issued from the local test CA and recorded as their holder's.</summary>
internal sealed class TestCards(CardEnvironment environment, CardOptions options, TestCertificateAuthority ca, IResidentDirectory directory, TsunaguDb db, TimeProvider clock)
    : ITestCards
{
    public const string Purpose = "開発用ソフトウェアカードの発行";

    public bool IsAvailable => environment.Problem is null && options.AllowTestCa;

    public async Task<byte[]?> IssueAsync(ResidentId resident, string pin, CancellationToken ct = default)
    {
        using var card = await IssueCardAsync(resident, ct);
        return card?.ExportPkcs12(pin);
    }

    /// <summary>The card's keys, recorded under the holder's registry id; null when the person is not a current resident.</summary>
    public async Task<CardKeys?> IssueCardAsync(ResidentId resident, CancellationToken ct)
    {
        if (!IsAvailable || await directory.FindAsync(resident, Purpose, ct) is not { IsResident: true } person)
        {
            return null;
        }
        var card = ca.Issue(new BasicFourInfo(person.FullName, person.Address.FullText, person.BirthDate, CardSex.Code(person.Sex)));
        db.Set<CardHolder>().Add(new CardHolder
        {
            Id = Guid.NewGuid(),
            Issuer = card.Authentication.Issuer,
            Serial = CrlStore.Normalise(card.Authentication.SerialNumber),
            ResidentId = person.Id.Value,
            IssuedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return card;
    }

    public (string? Certificate, string? Signature, string? Problem) Authenticate(byte[] cardFile, string pin, byte[] challenge)
    {
        using var card = SoftwareCard.Open(cardFile, pin, options);
        if (card is null)
        {
            return (null, null, "暗証番号が違うか、カードを読み取れませんでした。利用者証明用の暗証番号（数字4桁）を確かめてください。");
        }
        using var key = card.Authentication.GetRSAPrivateKey()!;
        return (Convert.ToBase64String(card.Authentication.RawData), Convert.ToBase64String(key.SignData(challenge, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)), null);
    }
}
