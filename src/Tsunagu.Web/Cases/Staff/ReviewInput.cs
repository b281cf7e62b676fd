using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Tsunagu.Web.Cases.Reviews;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Cases.Staff;

/// <summary>The review form, checked: each problem is added to the model state under its field with a Japanese message.</summary>
public sealed record ReviewInput(string Name, string Department, string BeforeSteps, string AfterSteps, int MinutesSaved, int CasesPerYear, string Status)
{
    public static ReviewInput Check(string? name, string? department, string? before, string? after, string? minutes, string? cases, string? status, ModelStateDictionary state)
    {
        name = name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > 200)
        {
            state.AddModelError("Name", name.Length == 0 ? "業務の名前を入力してください。" : "業務の名前は200文字以内で入力してください。");
        }
        if (Departments.Find(department ?? "") is null)
        {
            state.AddModelError("Department", "課を選んでください。");
        }
        before = Steps(before, "BeforeSteps", "見直し前の手順", state);
        after = Steps(after, "AfterSteps", "見直し後の手順", state);
        var m = Number(minutes, "MinutesSaved", "1件あたり減った時間(分)", 0, 10_000, state);
        var c = Number(cases, "CasesPerYear", "年間の件数", 0, 1_000_000, state);
        if (!ReviewStatuses.All.Contains(status ?? ""))
        {
            state.AddModelError("Status", "状況を選んでください。");
        }
        return new ReviewInput(name, department ?? "", before, after, m, c, status ?? "");
    }

    public void ApplyTo(ProcessReview r) =>
        (r.Name, r.Department, r.BeforeSteps, r.AfterSteps, r.MinutesSavedPerCase, r.CasesPerYear, r.Status) =
        (Name, Department, BeforeSteps, AfterSteps, MinutesSaved, CasesPerYear, Status);

    private static string Steps(string? text, string key, string label, ModelStateDictionary state)
    {
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var joined = string.Join('\n', lines);
        if (lines.Count == 0)
        {
            state.AddModelError(key, $"{label}を、1行に1つずつ入力してください。");
        }
        else if (joined.Length > 4000)
        {
            state.AddModelError(key, $"{label}は4000文字以内で入力してください。");
        }
        else if (joined.Any(ch => char.IsControl(ch) && ch != '\n'))
        {
            state.AddModelError(key, $"{label}に、入力できない制御文字が含まれています。");
        }
        return joined;
    }

    private static int Number(string? text, string key, string label, int min, int max, ModelStateDictionary state)
    {
        var folded = (text ?? "").Trim().Normalize(System.Text.NormalizationForm.FormKC);
        if (!int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            state.AddModelError(key, $"{label}は、{min}から{max:N0}までの整数で入力してください。");
            return 0;
        }
        return n;
    }
}
