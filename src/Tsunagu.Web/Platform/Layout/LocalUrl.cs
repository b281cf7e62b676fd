namespace Tsunagu.Web.Platform.Layout;

/// <summary>The one check for return addresses: a crafted returnUrl must never send anyone to another site.</summary>
public static class LocalUrl
{
    /// <summary>True for a path on this site ("/x"), false for "//host", "/\host", absolute URLs and empty text.</summary>
    public static bool IsLocalPath(string? url) =>
        url is { Length: > 0 and <= 2000 } && url.StartsWith('/')
        && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
