namespace Tsunagu.Web.Platform.Layout;

/// <summary>One step of the breadcrumb trail; pages set <c>ViewData["Breadcrumbs"]</c> to a list of these.</summary>
public sealed record Breadcrumb(string Text, string? Url = null);

/// <summary>An entry on the home page and in site search; modules add theirs when they exist.</summary>
public sealed record PublicEntry(string Title, string Description, string Url, string Keywords = "");

public static class PublicEntries
{
    public static IServiceCollection AddPublicEntry(this IServiceCollection services, PublicEntry entry) =>
        services.AddSingleton(entry);
}
