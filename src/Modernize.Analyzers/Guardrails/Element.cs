using System.Collections.Generic;

namespace Modernize.Analyzers.Guardrails;

/// <summary>A cell or tissue element of the product map, with the globs that claim types for it.</summary>
internal sealed class Element
{
    public Element(string name, bool isCell, string? owner, IReadOnlyList<NameGlob> include, IReadOnlyList<NameGlob> projects)
    {
        Name = name;
        IsCell = isCell;
        Owner = owner;
        Include = include;
        Projects = projects;
    }

    public string Name { get; }

    public bool IsCell { get; }

    public string? Owner { get; }

    public IReadOnlyList<NameGlob> Include { get; }

    public IReadOnlyList<NameGlob> Projects { get; }

    public string Describe() => (IsCell ? "cell " : "tissue ") + Name;
}
