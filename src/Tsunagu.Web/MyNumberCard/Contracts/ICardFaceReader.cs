namespace Tsunagu.Web.MyNumberCard.Contracts;

/// <summary>
/// What the card's 券面事項入力補助 application gives after its 4-digit PIN: name, address, birth date and sex (男/女/—).
/// The card also holds the 個人番号; this interface never reads, returns or logs it.
/// </summary>
public sealed record CardFace(string Name, string Address, DateOnly BirthDate, string Sex);

/// <summary>
/// The counter's card reader (書かない窓口). Development reads a software test card file; production plugs in the
/// reader driver behind the same interface.
/// </summary>
public interface ICardFaceReader
{
    bool IsAvailable { get; }

    /// <summary>The card face, or a message for staff (wrong PIN, not a genuine card, expired or revoked).</summary>
    (CardFace? Face, string? Problem) Read(byte[] cardFile, string pin);
}
