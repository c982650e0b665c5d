using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Modernize.Extraction.Walking;

/// <summary>
/// The value a local or field is declared with (its only assignment for a read-only static), read through the operation
/// tree so C# and Visual Basic share it. Used to follow a value through a local or a read-only field: an assembly passed to
/// a registration convention, the text of a URL.
/// </summary>
internal static class Initializers
{
    /// <param name="model">The walked document's model; a declaration in another document of the compilation gets its own.</param>
    /// <returns>The initializer's value, or null when there is none, the symbol is declared in more than one place, or in another project.</returns>
    public static IOperation? Of(ISymbol symbol, SemanticModel model)
    {
        if (symbol.DeclaringSyntaxReferences is not [var reference])
        {
            return null;
        }

        var declarator = reference.GetSyntax();
        if (declarator.SyntaxTree != model.SyntaxTree && !model.Compilation.ContainsSyntaxTree(declarator.SyntaxTree))
        {
            return null; // declared in another project's source: that compilation is not at hand
        }

        var declaringModel = declarator.SyntaxTree == model.SyntaxTree ? model : model.Compilation.GetSemanticModel(declarator.SyntaxTree);
        foreach (var node in declarator.ChildNodes().Concat(declarator.Parent?.ChildNodes() ?? []))
        {
            if (declaringModel.GetOperation(node) is ISymbolInitializerOperation { Value: { } initial })
            {
                return initial;
            }
        }

        return null;
    }
}
