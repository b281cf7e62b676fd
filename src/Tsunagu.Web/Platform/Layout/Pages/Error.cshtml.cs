using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tsunagu.Web.Platform.Layout.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string RequestId { get; private set; } = "";

    public void OnGet() => Describe(Code());

    public void OnPost() => Describe(Code());

    // Read from the route, not model-bound: when a re-executed POST carried a form that cannot be read (a NUL byte),
    // MVC skips binding altogether, and a bound code would be lost, showing a 400 as a 500.
    private int? Code() =>
        int.TryParse(RouteData.Values["code"] as string, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null;

    private void Describe(int? code)
    {
        RequestId = HttpContext.TraceIdentifier;
        var status = code ?? StatusCodes.Status500InternalServerError;
        (Heading, Message) = status switch
        {
            404 => ("ページが見つかりません", "お探しのページは、移動したか削除された可能性があります。アドレスをお確かめください。"),
            403 => ("このページを見る権限がありません", "このページは、担当の職員だけが見ることができます。"),
            400 => ("送信された内容を受け付けられませんでした", "お手数ですが、前の画面に戻って、もう一度お試しください。"),
            429 => ("ただいま混み合っています", "しばらく時間をおいてから、もう一度お試しください。"),
            _ => ("申し訳ありません。問題が発生しました", "入力していただいた内容は保存されています。しばらく時間をおいてから、もう一度お試しください。"),
        };
        Response.StatusCode = status is >= 400 and < 600 ? status : 500;
    }
}
