namespace Tsunagu.Web.MyNumberCard;

/// <summary>An expected refusal of a card certificate or signature; <see cref="Code"/> goes to the audit log, the message to the resident.</summary>
public abstract record CardError(string Code, string Message);

public sealed record CertificateMalformed() : CardError("malformed", "証明書またはデータの形式が正しくありません。");
public sealed record CertificateExpired() : CardError("expired", "電子証明書の有効期限が切れています。市区町村の窓口で電子証明書を更新してください。");
public sealed record CertificateNotYetValid() : CardError("not-yet-valid", "電子証明書の有効期間がまだ始まっていません。");
public sealed record CertificateRevoked() : CardError("revoked", "この電子証明書は失効しています。住所や氏名の変更、カードの紛失などで失効した場合は、窓口で再発行してください。");
public sealed record CertificateUnknownAuthority() : CardError("unknown-ca", "この電子証明書の発行元を確認できません。マイナンバーカードの電子証明書をお使いください。");
public sealed record RevocationUnknown() : CardError("revocation-unknown", "電子証明書の失効情報を確認できないため、今は受け付けられません。時間をおいてお試しください。");
public sealed record WrongPurpose(string Expected) : CardError("wrong-purpose", $"この電子証明書は{Expected}ではありません。正しい電子証明書を使ってください。");
public sealed record SignatureInvalid() : CardError("bad-signature", "電子署名を確認できませんでした。署名されたデータが違うか、改ざんされています。");
public sealed record ChallengeNotUsable() : CardError("challenge", "確認用の文字列が使えません。有効期限(5分)が切れたか、既に使われています。最初からやり直してください。");
public sealed record CardFileNotReadable() : CardError("card-file", "カードのファイルを読めませんでした。PINが正しいか確かめてください。");

/// <summary>A value or the reason it was refused.</summary>
public sealed record CardResult<T>(T? Value, CardError? Error)
{
    public bool Succeeded => Error is null;
    public static implicit operator CardResult<T>(T value) => new(value, null);
    public static implicit operator CardResult<T>(CardError error) => new(default, error);
}
