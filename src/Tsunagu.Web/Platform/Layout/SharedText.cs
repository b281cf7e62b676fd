namespace Tsunagu.Web.Platform.Layout;

/// <summary>Marker for the one shared text table: keys are the Japanese text, translations live in *.en.json.</summary>
public sealed class SharedText;
