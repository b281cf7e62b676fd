using Microsoft.Extensions.Localization;
using Tsunagu.Web.Platform.Layout;
using Tsunagu.Web.Platform.Mail;

namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>The account e-mails, in the language the resident is using on the site.</summary>
public sealed class ResidentMails(IMailSender sender, MailLinks links, IStringLocalizer<SharedText> t)
{
    public Task SendVerificationAsync(string email, string token, CancellationToken ct) =>
        SendAsync(email, "【九重町】メールアドレスの確認のお願い", [
            t["九重町 つなぐ のアカウント登録のお申し込みを受け付けました。"],
            t["次のリンクを開いて、メールアドレスの確認を済ませてください。確認が済むと、サインインできるようになります。"],
            links.To("/account/verify?token=" + token),
            t["このリンクの有効期限は24時間です。使えるのは1回だけです。"],
            t["お心当たりがない場合は、このメールを削除してください。確認が済まないかぎり、アカウントは使えません。"]],
            ct);

    public Task SendAlreadyRegisteredAsync(string email, CancellationToken ct) =>
        SendAsync(email, "【九重町】アカウント登録についてのお知らせ", [
            t["このメールアドレスでアカウント登録のお申し込みがありましたが、このメールアドレスのアカウントは既にあります。新しいアカウントは作っていません。"],
            t["サインインは、次のページからできます。"],
            links.To("/account/signin"),
            t["パスワードを忘れた場合は、次のページから設定し直せます。"],
            links.To("/account/forgot"),
            t["お心当たりがない場合は、このメールを削除してください。アカウントは変わりません。"]],
            ct);

    public Task SendPasswordResetAsync(string email, string token, CancellationToken ct) =>
        SendAsync(email, "【九重町】パスワードの再設定", [
            t["パスワードの再設定のお申し込みを受け付けました。"],
            t["次のリンクを開いて、新しいパスワードを設定してください。"],
            links.To("/account/reset?token=" + token),
            t["このリンクの有効期限は1時間です。使えるのは1回だけです。"],
            t["お心当たりがない場合は、このメールを削除してください。パスワードは変わりません。"]],
            ct);

    private Task SendAsync(string email, string subject, IEnumerable<string> paragraphs, CancellationToken ct)
    {
        var body = string.Join("\n\n", paragraphs.Append(t["九重町役場"] + "\n" + t["このメールは送信専用です。返信はできません。"])) + "\n";
        return sender.SendAsync(new MailMessageToSend(email, t[subject], body), ct);
    }
}
