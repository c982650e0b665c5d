namespace Modernize.Analysis.Rules;

public enum RuleSelectorKind
{
    /// <summary>A namespace or type glob.</summary>
    Names,

    /// <summary><c>cell:*</c> or <c>cell:NAME</c>.</summary>
    Cell,

    /// <summary><c>tissue:*</c> or <c>tissue:NAME</c>.</summary>
    Tissue,
}
