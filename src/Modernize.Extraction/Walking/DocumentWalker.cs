using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Modernize.Extraction.Collecting;
using Modernize.Extraction.Data;
using Modernize.Extraction.Symbols;

namespace Modernize.Extraction.Walking;

/// <summary>
/// Walks one document once, top-down, with language-neutral Roslyn calls: declarations are read through
/// <see cref="SemanticModel.GetDeclaredSymbol(SyntaxNode, CancellationToken)"/>, and the first node that has an
/// <see cref="IOperation"/> (a member body, an initializer) hands its whole operation tree to <see cref="OperationCollector"/>.
/// C# and Visual Basic share every line of it.
/// </summary>
internal sealed class DocumentWalker
{
    private readonly DocumentContext context;
    private readonly SignatureCollector signatures;
    private readonly OperationCollector operations;
    private readonly HashSet<ISymbol> seen = new(SymbolEqualityComparer.Default);
    private readonly bool generated;
    private readonly CancellationToken cancellationToken;

    public DocumentWalker(DocumentContext context, bool generated, CancellationToken cancellationToken)
    {
        this.context = context;
        this.generated = generated;
        this.cancellationToken = cancellationToken;
        var data = new DataAccessDetector(context);
        var wiring = new WiringCollector(context);
        signatures = new SignatureCollector(context, data, wiring);
        operations = new OperationCollector(context, data, signatures, wiring);
    }

    public void Walk(SyntaxNode root) => Visit(root, null);

    private void Visit(SyntaxNode node, INamedTypeSymbol? current)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (context.Model.GetDeclaredSymbol(node, cancellationToken))
        {
            case INamedTypeSymbol type:
                current = type;
                if (seen.Add(type))
                {
                    OnTypeDeclared(type, node);
                }

                break;
            case { Kind: SymbolKind.Method or SymbolKind.Property or SymbolKind.Field or SymbolKind.Event } member
                when current is not null && seen.Add(member):
                signatures.Member(current, member, node);
                break;
        }

        var operation = context.Model.GetOperation(node, cancellationToken);
        if (operation is not null)
        {
            // Attributes are read from symbols (GetAttributes), where they count as Attribute, not as object creation.
            if (operation is not IAttributeOperation && (current ?? EnclosingType(node)) is { } owner)
            {
                operations.Collect(owner, operation);
            }

            return;
        }

        foreach (var child in node.ChildNodes())
        {
            Visit(child, current);
        }
    }

    private INamedTypeSymbol? EnclosingType(SyntaxNode node) =>
        context.Model.GetEnclosingSymbol(node.SpanStart, cancellationToken) switch
        {
            INamedTypeSymbol type => type,
            { ContainingType: { } type } => type, // C# top-level statements live in a synthesized Program
            _ => null,
        };

    private void OnTypeDeclared(INamedTypeSymbol type, SyntaxNode node)
    {
        context.Facts.DeclaredSymbols.Add(type);
        var line = 0;
        foreach (var location in type.Locations)
        {
            if (location.SourceTree == context.Tree && node.FullSpan.Contains(location.SourceSpan))
            {
                line = context.LocationOf(context.Tree, location.SourceSpan.Start).Line;
                break;
            }
        }

        if (line == 0)
        {
            line = context.LocationOf(node).Line;
        }

        context.Facts.Types.Add(new DeclaredType(
            context.IdOf(type),
            TypeIds.NameOf(type),
            TypeIds.KindOf(type),
            TypeIds.NamespaceOf(type),
            type.TypeKind == TypeKind.Interface || (type.TypeKind == TypeKind.Class && type.IsAbstract),
            context.Path,
            line,
            generated));

        // Base types and attributes are facts of the whole (possibly partial) type: record them with its first part only.
        var first = type.DeclaringSyntaxReferences.Length > 0 ? type.DeclaringSyntaxReferences[0] : null;
        if (first is not null && first.SyntaxTree == context.Tree && node.FullSpan.Contains(first.Span))
        {
            signatures.Type(type, node);
        }
    }
}
