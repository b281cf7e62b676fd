using Tsunagu.Web.MyNumberCard.Contracts;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>
/// Reads the card face from a software test card: the PIN opens the file, the 署名用 certificate is verified like
/// any card certificate (so a forged file is refused), and its 基本4情報 are the face.
/// </summary>
public sealed class SoftwareCardFaceReader(CardOptions options, CardCertificateVerifier certificates) : ICardFaceReader
{
    public bool IsAvailable => options.AllowTestCa;

    public (CardFace? Face, string? Problem) Read(byte[] cardFile, string pin)
    {
        if (!IsAvailable)
        {
            return (null, "この環境では試験用カードは使えません。");
        }
        if (pin.Length != 4 || !pin.All(char.IsAsciiDigit))
        {
            return (null, "暗証番号は4桁の数字です。");
        }
        if (SoftwareCard.Open(cardFile, pin, options) is not { } card)
        {
            return (null, new CardFileNotReadable().Message);
        }
        using (card)
        {
            var verified = certificates.Verify(card.Signature, CardPurpose.Signature);
            if (!verified.Succeeded)
            {
                return (null, verified.Error!.Message);
            }
            return CardProfile.ReadBasicFourInfo(card.Signature) is { } info
                ? (new CardFace(info.Name, info.Address, info.BirthDate, CardSex.Name(info.Sex) ?? "—"), null)
                : (null, new CertificateMalformed().Message);
        }
    }
}
