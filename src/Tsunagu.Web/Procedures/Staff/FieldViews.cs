namespace Tsunagu.Web.Procedures.Staff;

/// <summary>One labelled text input (or textarea when <paramref name="Rows"/> &gt; 1) of a builder form.</summary>
public sealed record TextFieldView(string Name, string Label, string? Value, bool Required, string? Hint, string? Error, int Rows = 1, bool Narrow = false)
{
    public string Id => Name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}

/// <summary>A set of checkboxes, or radios when <paramref name="OneOnly"/>.</summary>
public sealed record ChoicesView(string Name, string Label, bool Required, IReadOnlyList<(string Value, string Text)> Options, IReadOnlyList<string> Chosen, bool OneOnly)
{
    public string Id => Name.Replace('.', '_');
}

/// <summary>The fields of one page (or of one group) with their buttons.</summary>
public sealed record FieldTableView(string ProcedureId, int PageIndex, Catalogue.PageDefinition Page);

/// <summary>The "add a field" mini-form; <paramref name="Group"/> is set when adding inside a group.</summary>
public sealed record AddFieldView(string Action, string IdPrefix, int PageIndex, int? Group);

/// <summary>
/// A condition as a field select and a value box, posted as <c>{Prefix}{Name}Field</c> and <c>{Prefix}{Name}Value</c>;
/// <paramref name="IdBase"/> keeps element ids unique when one page shows several conditions.
/// </summary>
public sealed record ConditionView(string Name, string Legend, IReadOnlyList<Catalogue.FieldDefinition> Fields, string? Field, string? Value, string Prefix = "Input.", string? IdBase = null)
{
    public string Id => IdBase ?? Prefix.Replace('.', '_') + Name;
}
