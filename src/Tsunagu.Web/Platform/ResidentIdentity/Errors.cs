namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>An expected refusal on the account pages, with the message the resident sees.</summary>
public abstract record AccountError(string Message);

public sealed record WrongEmailOrPassword() : AccountError("メールアドレスまたはパスワードが正しくありません。");
public sealed record AccountLockedOut() : AccountError("サインインの失敗が続いたため、このアカウントは一時的にロックされています。15分ほど待ってから、もう一度お試しください。");
public sealed record EmailNotVerified() : AccountError("メールアドレスの確認がまだ済んでいないため、サインインできません。登録のときにお送りしたメールのリンクを開いてください。");
public sealed record LinkNotUsable() : AccountError("このリンクは使えません。有効期限が切れているか、既に使われています。");

public sealed record AccountResult<T>(T? Value, AccountError? Error)
{
    public bool Succeeded => Error is null;
    public static implicit operator AccountResult<T>(T value) => new(value, null);
    public static implicit operator AccountResult<T>(AccountError error) => new(default, error);
}

public sealed record PasswordNotAccepted(string Reason) : AccountError(Reason);
