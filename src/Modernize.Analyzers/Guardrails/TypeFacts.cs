namespace Modernize.Analyzers.Guardrails;

/// <summary>What the rules need of a type: its id as Modernize writes it, its namespace, the element claiming it, and whether it is the solution's own.</summary>
internal sealed class TypeFacts
{
    public TypeFacts(string id, string @namespace, Element? element, bool inSolution)
    {
        Id = id;
        Namespace = @namespace;
        Element = element;
        InSolution = inSolution;
    }

    public string Id { get; }

    public string Namespace { get; }

    public Element? Element { get; }

    /// <summary>Declared in the solution (this compilation or a project it references), not in the framework or a package.</summary>
    public bool InSolution { get; }
}
