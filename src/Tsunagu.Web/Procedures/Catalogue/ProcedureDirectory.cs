using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Procedures.Catalogue;

/// <summary>Answers other modules from the in-memory catalogue; never exposes the definition records themselves.</summary>
public sealed class ProcedureDirectory(ProcedureCatalogue catalogue) : IProcedureDirectory
{
    public ProcedureSummary? Find(string procedureId) => catalogue.Find(procedureId) is { } p ? ToSummary(p) : null;

    public IReadOnlyList<ProcedureSummary> Published() => [.. catalogue.Published.Select(ToSummary)];

    private static ProcedureSummary ToSummary(ProcedureDefinition p) => new(
        p.Id, p.Version, p.Name, p.Reading, p.Department, p.Category, p.Assurance, p.IsFree ? null : p.Fee, p.ProcessingDays,
        p.Channels, p.LifeEvents, p.Bring,
        [.. p.Attachments.Select(a => new ProcedureAttachment(a.Id, a.Name, a.Required))],
        [.. (p.Form?.AllFields ?? []).Select(ToField)]);

    private static ProcedureField ToField(FieldDefinition f) =>
        new(f.Id, f.Type, f.Label, f.Required, f.Prefill, f.Options, [.. f.Fields.Select(ToField)]);
}
