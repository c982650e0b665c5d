using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Modernize.Extraction.Collecting;
using Modernize.Extraction.Symbols;
using Modernize.Model.Graph;
using TypeKind = Microsoft.CodeAnalysis.TypeKind;

namespace Modernize.Extraction.Walking;

/// <summary>The document being walked and the one place where a reference from a solution type to another type is recorded.</summary>
internal sealed class DocumentContext(SemanticModel model, SourceText text, string path, DocumentFacts facts, ProjectContext project)
{
    public SemanticModel Model { get; } = model;

    public SyntaxTree Tree => Model.SyntaxTree;

    public string Path { get; } = path;

    public DocumentFacts Facts { get; } = facts;

    public ProjectContext Project { get; } = project;

    public string IdOf(INamedTypeSymbol type) => Project.Ids.Of(type);

    public SourceLocation LocationOf(SyntaxNode node) => LocationOf(node.SyntaxTree, node.SpanStart);

    public SourceLocation LocationOf(SyntaxTree tree, int position) => ReferenceEquals(tree, Tree)
        ? new SourceLocation(Path, text.Lines.GetLineFromPosition(position).LineNumber + 1)
        : new SourceLocation(Project.PathOf(tree), tree.GetLineSpan(new TextSpan(position, 0)).StartLinePosition.Line + 1);

    /// <summary>Records that <paramref name="from"/> uses <paramref name="to"/>: arrays, pointers and <c>Nullable</c> are looked through, type arguments count as generic arguments.</summary>
    public void Reference(INamedTypeSymbol from, ITypeSymbol? to, DependencyKind kind, SyntaxNode at, string? member = null) =>
        Reference(from, to, kind, at.SyntaxTree, at.SpanStart, member);

    public void Reference(INamedTypeSymbol from, ITypeSymbol? to, DependencyKind kind, SyntaxTree tree, int position, string? member)
    {
        while (true)
        {
            switch (to)
            {
                case IArrayTypeSymbol array:
                    to = array.ElementType;
                    continue;
                case IPointerTypeSymbol pointer:
                    to = pointer.PointedAtType;
                    continue;
                case INamedTypeSymbol named:
                    ReferenceNamed(from, named, kind, tree, position, member);
                    return;
                default:
                    return; // type parameters, dynamic, function pointers, null
            }
        }
    }

    /// <summary>
    /// Records a run-time wiring edge between two types (a message and its handler, a service and its registered implementation):
    /// no reference written at this place, so the fidelity counts are left alone.
    /// </summary>
    public void Wire(ITypeSymbol? from, ITypeSymbol? to, DependencyKind kind, SyntaxNode at)
    {
        if (from is not INamedTypeSymbol source || to is not INamedTypeSymbol target || source.TypeKind == TypeKind.Error || target.TypeKind == TypeKind.Error
            || SymbolEqualityComparer.Default.Equals(source.OriginalDefinition, target.OriginalDefinition))
        {
            return;
        }

        var key = (IdOf(source.OriginalDefinition), IdOf(target.OriginalDefinition));
        if (!Facts.References.TryGetValue(key, out var tally))
        {
            tally = new ReferenceTally(target.ContainingAssembly?.Name);
            Facts.References.Add(key, tally);
        }

        tally.Add(kind, null);
        if (tally.WantsSample)
        {
            tally.AddSample(LocationOf(at));
        }
    }

    private void ReferenceNamed(INamedTypeSymbol from, INamedTypeSymbol to, DependencyKind kind, SyntaxTree tree, int position, string? member)
    {
        if (to.TypeKind == TypeKind.Error || to.IsAnonymousType)
        {
            return; // unresolved names are counted from the compiler's diagnostics
        }

        if (to.IsTupleType)
        {
            foreach (var element in to.TupleElements)
            {
                Reference(from, element.Type, DependencyKind.GenericArgument, tree, position, null);
            }

            return;
        }

        if (to.IsGenericType)
        {
            if (to.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                Reference(from, to.TypeArguments[0], kind, tree, position, member);
                return;
            }

            foreach (var argument in to.TypeArguments)
            {
                Reference(from, argument, DependencyKind.GenericArgument, tree, position, null);
            }
        }

        Facts.ResolvedTypeRefs++;
        if (to.SpecialType != SpecialType.None || SymbolEqualityComparer.Default.Equals(from, to.OriginalDefinition))
        {
            return; // primitives and self-references say nothing about structure
        }

        var key = (IdOf(from), IdOf(to));
        if (!Facts.References.TryGetValue(key, out var tally))
        {
            tally = new ReferenceTally(to.ContainingAssembly?.Name);
            Facts.References.Add(key, tally);
        }

        tally.Add(kind, member);
        if (tally.WantsSample)
        {
            tally.AddSample(LocationOf(tree, position));
        }
    }
}
