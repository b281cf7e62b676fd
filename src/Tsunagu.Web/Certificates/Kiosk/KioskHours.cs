using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Certificates.Kiosk;

/// <summary>
/// When terminals may issue: 6:30–23:00 Japan time by default, the hours of コンビニ交付 nationwide
/// (<c>Certificates:Kiosk:Opens</c> and <c>Closes</c> change them, e.g. for a system maintenance evening).
/// </summary>
public sealed class KioskHours(IConfiguration configuration, TimeProvider clock)
{
    public TimeOnly Opens { get; } = TimeOnly.Parse(configuration["Certificates:Kiosk:Opens"] ?? "06:30", System.Globalization.CultureInfo.InvariantCulture);
    // "24:00" closes at midnight (open until the end of the day).
    public TimeOnly Closes { get; } = configuration["Certificates:Kiosk:Closes"] is "24:00" ? TimeOnly.MaxValue
        : TimeOnly.Parse(configuration["Certificates:Kiosk:Closes"] ?? "23:00", System.Globalization.CultureInfo.InvariantCulture);

    public bool IsOpen()
    {
        var now = TimeOnly.FromDateTime(JapanTime.ToJapan(clock.GetUtcNow().UtcDateTime).DateTime);
        return now >= Opens && (now < Closes || Closes == TimeOnly.MaxValue);
    }

    public string Text => $"{Opens:H:mm}〜{(Closes == TimeOnly.MaxValue ? "24:00" : Closes.ToString("H:mm", System.Globalization.CultureInfo.InvariantCulture))}";
}
