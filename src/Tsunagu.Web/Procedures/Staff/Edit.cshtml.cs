using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Procedures.Staff;

[Authorize(Policy = StaffPolicies.Admin)]
public sealed class EditModel(ProcedureBuilder builder) : BuilderPageModel(builder)
{
    [BindProperty] public SettingsInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = SettingsInput.From(Procedure);
        return Page();
    }

    /// <summary>Saves, and with "add-attachment" or "remove-attachment:N" also adds or removes a row, since there is no script to do it.</summary>
    public async Task<IActionResult> OnPostAsync(string id, string? action, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input ??= new();
        foreach (var (key, message) in Input.Problems())
        {
            ModelState.AddModelError(key, message);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var done = "基本情報を保存しました。";
        if (action == "add-attachment" && Input.Attachments.Count < 30)
        {
            Input.Attachments.Add(new AttachmentRow());
            done = "添付書類の行を追加しました。";
        }
        else if (action?.StartsWith("remove-attachment:", StringComparison.Ordinal) == true
            && int.TryParse(action["remove-attachment:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < Input.Attachments.Count)
        {
            Input.Attachments.RemoveAt(index);
            done = "添付書類の行を削除しました。";
        }
        return await SaveAsync(Input.ApplyTo(Procedure), done, $"/staff/procedures/{Procedure.Id}/edit", ct);
    }
}
