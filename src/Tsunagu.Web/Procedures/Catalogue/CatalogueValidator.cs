using System.Text.RegularExpressions;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Procedures.Catalogue;

/// <summary>Checks a procedure against the catalogue format; each problem names the field by its JSON path.</summary>
public static partial class CatalogueValidator
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    public static List<string> Validate(ProcedureDefinition p)
    {
        var errors = new List<string>();
        void Require(bool ok, string path, string message)
        {
            if (!ok)
            {
                errors.Add($"{path}: {message}");
            }
        }

        Require(Slug().IsMatch(p.Id), "id", $"'{p.Id}' is not a slug (a-z, 0-9 and single hyphens)");
        Require(p.Version >= 1, "version", "must be 1 or more");
        Require(!string.IsNullOrWhiteSpace(p.Name), "name", "is required");
        Require(!string.IsNullOrWhiteSpace(p.Reading), "reading", "is required");
        Require(!string.IsNullOrWhiteSpace(p.Summary), "summary", "is required");
        Require(Departments.Find(p.Department) is not null && Departments.Find(p.Department)!.Code == p.Department, "department", $"unknown department code '{p.Department}'");
        Require(Vocabulary.Categories.Contains(p.Category), "category", $"unknown category '{p.Category}'");
        Require(p.Applicants.Count > 0 && p.Applicants.All(Vocabulary.Applicants.Contains), "applicants", "must list 本人, 同一世帯 or 代理人");
        Require(Vocabulary.Assurances.Contains(p.Assurance), "assurance", $"unknown assurance '{p.Assurance}'");
        Require(p.Fee is null or >= 0, "fee", "must be 0 or more yen, or null");
        Require(p.ProcessingDays >= 0, "processingDays", "must be 0 or more");
        Require(p.Channels.Count > 0 && p.Channels.All(ProcedureChannels.All.Contains), "channels", "must list online, counter, convenience-store or post");
        for (var i = 0; i < p.LifeEvents.Count; i++)
        {
            Require(Vocabulary.LifeEvents.Contains(p.LifeEvents[i]), $"lifeEvents[{i}]", $"unknown life event '{p.LifeEvents[i]}'");
        }
        for (var i = 0; i < p.Attachments.Count; i++)
        {
            Require(Slug().IsMatch(p.Attachments[i].Id ?? ""), $"attachments[{i}].id", "is not a slug");
            Require(!string.IsNullOrWhiteSpace(p.Attachments[i].Name), $"attachments[{i}].name", "is required");
        }
        Require(!p.Channels.Contains(ProcedureChannels.Online) || p.Form is not null, "form", "is required when channels include online");
        if (p.Form is not null)
        {
            FormRules.Validate(p.Form, errors);
        }
        return errors;
    }
}
