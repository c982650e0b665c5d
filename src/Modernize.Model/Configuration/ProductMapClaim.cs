namespace Modernize.Model.Configuration;

/// <summary>Which declaration of the product map claims a type, and by which glob (a name glob, or a project glob when <paramref name="ByProject"/>).</summary>
public sealed record ProductMapClaim(CellDeclaration Declaration, bool IsCell, string Glob, bool ByProject)
{
    public string Kind => IsCell ? "cell" : "tissue";
}
