using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Modernize.Extraction.Walking;

/// <summary>The value a local or field is declared with, read through the operation tree so C# and Visual Basic share it.</summary>
internal static class Initializers
{
    /// <returns>The initializer's value, or null when there is none or it is declared outside the document being walked.</returns>
    public static IOperation? Of(ISymbol symbol, SemanticModel model)
    {
        if (symbol.DeclaringSyntaxReferences is not [var declaration] || declaration.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        foreach (var node in declaration.GetSyntax().DescendantNodesAndSelf())
        {
            switch (model.GetOperation(node))
            {
                case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                    return initializer.Value;
                case IFieldInitializerOperation initializer:
                    return initializer.Value;
            }
        }

        return null;
    }
}
