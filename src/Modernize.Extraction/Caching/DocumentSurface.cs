using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using CSharp = Microsoft.CodeAnalysis.CSharp.Syntax;
using VisualBasic = Microsoft.CodeAnalysis.VisualBasic.Syntax;

namespace Modernize.Extraction.Caching;

/// <summary>
/// Hash of what other documents can see of one document: every token except those inside member bodies (method, constructor,
/// operator and accessor blocks and expression bodies). A body edit leaves it unchanged; a signature, field, attribute, using or
/// initializer edit changes it. Initializers are kept whole (a VB field's type may be inferred from one). Trivia are left out.
/// </summary>
internal static class DocumentSurface
{
    public static string Hash(SyntaxNode root)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(root, hash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(SyntaxNode node, IncrementalHash hash)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } inner)
            {
                if (IsBody(inner))
                {
                    hash.AppendData(BodyMarker); // a body is there (a partial method with or without one binds differently)
                }
                else
                {
                    Append(inner, hash);
                }
            }
            else
            {
                var token = child.AsToken();
                hash.AppendData(BitConverter.GetBytes(token.RawKind));
                hash.AppendData(Encoding.UTF8.GetBytes(token.Text));
                hash.AppendData(Separator);
            }
        }
    }

    private static bool IsBody(SyntaxNode node) => node switch
    {
        CSharp.BlockSyntax { Parent: CSharp.BaseMethodDeclarationSyntax or CSharp.AccessorDeclarationSyntax } => true,
        CSharp.ArrowExpressionClauseSyntax { Parent: CSharp.BaseMethodDeclarationSyntax or CSharp.AccessorDeclarationSyntax } => true,
        // An expression-bodied property or indexer declares its type; the expression is its getter's body.
        CSharp.ArrowExpressionClauseSyntax { Parent: CSharp.PropertyDeclarationSyntax or CSharp.IndexerDeclarationSyntax } => true,
        VisualBasic.StatementSyntax { Parent: VisualBasic.MethodBlockBaseSyntax block } statement =>
            statement != block.BlockStatement && statement != block.EndBlockStatement,
        _ => false,
    };

    private static readonly byte[] BodyMarker = "{body}"u8.ToArray();
    private static readonly byte[] Separator = [0];
}
