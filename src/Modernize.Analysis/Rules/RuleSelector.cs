using Modernize.Model.Configuration;

namespace Modernize.Analysis.Rules;

/// <summary>
/// One side of a dependency rule as written in modernize.yml: <c>cell:*</c> (any cell), <c>cell:NAME</c>,
/// <c>tissue:*</c>, <c>tissue:NAME</c>, or a namespace/type glob such as <c>*.Web.*</c>.
/// </summary>
public sealed class RuleSelector
{
    private const string CellPrefix = "cell:";
    private const string TissuePrefix = "tissue:";

    private RuleSelector(string text, RuleSelectorKind kind, string? name, Glob? glob)
    {
        Text = text;
        Kind = kind;
        Name = name;
        Glob = glob;
    }

    public string Text { get; }

    public RuleSelectorKind Kind { get; }

    /// <summary>The declared cell or tissue name; null for <c>*</c> and for globs.</summary>
    public string? Name { get; }

    public Glob? Glob { get; }

    /// <summary>Whether the selector speaks of the product map (cells or tissue) rather than names.</summary>
    public bool IsProductMap => Kind is RuleSelectorKind.Cell or RuleSelectorKind.Tissue;

    /// <summary>Why <paramref name="text"/> is not a valid selector for <paramref name="config"/>'s product map, or null.</summary>
    public static string? Problem(string text, ModernizeConfig config)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(config);
        var (kind, name) = Split(text);
        if (kind == RuleSelectorKind.Names)
        {
            return Glob.Problem(text);
        }

        if (name.Length == 0)
        {
            return $"'{text}' names no {Word(kind)}; write {Word(kind)}:* or {Word(kind)}:NAME";
        }

        if (name == "*")
        {
            return null;
        }

        var declared = kind == RuleSelectorKind.Cell ? config.Cells : config.Tissue;
        if (declared.Any(d => d.Name == name))
        {
            return null;
        }

        var known = declared.Count == 0 ? $"no {Word(kind)} is declared" : $"declared: {string.Join(", ", declared.Select(d => d.Name))}";
        return $"'{text}' names an undeclared {Word(kind)} '{name}' ({known})";
    }

    /// <summary>Parses a selector already checked with <see cref="Problem"/>.</summary>
    public static RuleSelector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (kind, name) = Split(text);
        return kind == RuleSelectorKind.Names
            ? new RuleSelector(text, kind, null, Glob.ForNames(text))
            : new RuleSelector(text, kind, name == "*" ? null : name, null);
    }

    /// <summary>
    /// Whether a type belongs to the selection. <paramref name="element"/> is the declared cell or tissue element
    /// that claims the type (null when none), <paramref name="isCell"/> whether that element is a cell.
    /// </summary>
    public bool Matches(string typeId, string @namespace, string? element, bool isCell) => Kind switch
    {
        RuleSelectorKind.Cell => element is not null && isCell && (Name is null || Name == element),
        RuleSelectorKind.Tissue => element is not null && !isCell && (Name is null || Name == element),
        _ => Glob!.MatchesTypeOrNamespace(typeId, @namespace),
    };

    public override string ToString() => Text;

    private static (RuleSelectorKind Kind, string Name) Split(string text)
    {
        if (text.StartsWith(CellPrefix, StringComparison.Ordinal))
        {
            return (RuleSelectorKind.Cell, text[CellPrefix.Length..].Trim());
        }

        return text.StartsWith(TissuePrefix, StringComparison.Ordinal)
            ? (RuleSelectorKind.Tissue, text[TissuePrefix.Length..].Trim())
            : (RuleSelectorKind.Names, text);
    }

    private static string Word(RuleSelectorKind kind) => kind == RuleSelectorKind.Cell ? "cell" : "tissue";
}
