namespace Modernize.Analyzers.Guardrails;

/// <summary>One side of a rule: <c>cell:*</c>, <c>cell:NAME</c>, <c>tissue:*</c>, <c>tissue:NAME</c>, or a name glob.</summary>
internal sealed class Selector
{
    private Selector(string text, bool? cells, string? name, NameGlob? glob)
    {
        Text = text;
        Cells = cells;
        Name = name;
        Glob = glob;
    }

    public string Text { get; }

    /// <summary>True for cell selectors, false for tissue selectors, null for name globs.</summary>
    public bool? Cells { get; }

    public string? Name { get; }

    public NameGlob? Glob { get; }

    public bool IsProductMap => Cells is not null;

    public static Selector Parse(string text)
    {
        if (text.StartsWith("cell:", System.StringComparison.Ordinal))
        {
            return Named(text, true, text.Substring(5).Trim());
        }

        return text.StartsWith("tissue:", System.StringComparison.Ordinal)
            ? Named(text, false, text.Substring(7).Trim())
            : new Selector(text, null, null, NameGlob.ForNames(text));
    }

    public bool Matches(TypeFacts type) => Cells switch
    {
        true => type.Element is { IsCell: true } cell && (Name is null || Name == cell.Name),
        false => type.Element is { IsCell: false } tissue && (Name is null || Name == tissue.Name),
        _ => Glob!.MatchesTypeOrNamespace(type.Id, type.Namespace),
    };

    private static Selector Named(string text, bool cells, string name) => new(text, cells, name == "*" ? null : name, null);
}
