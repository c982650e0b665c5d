using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Modernize.Extraction.Collecting;

namespace Modernize.Extraction.Fidelity;

/// <summary>
/// Reads a document's compiler diagnostics after the walk (the semantic model has bound the bodies by then): counts errors,
/// counts type names that did not bind, and names what is missing: the namespace of the file's unresolved <c>using</c>/<c>Imports</c>
/// when there is exactly one, the qualifier of a qualified name, or else the name itself.
/// </summary>
internal static class UnresolvedNames
{
    /// <summary>Type or namespace not found (C#: CS0246, CS0234; VB: BC30002, BC40056 on an Imports).</summary>
    private static readonly HashSet<string> TypeNotFound = new(StringComparer.Ordinal) { "CS0246", "CS0234", "BC30002", "BC40056", "BC30466" };

    /// <summary>Name not found in an expression; counted when it reads like a type (starts upper-case), as in <c>HttpContext.Current</c>.</summary>
    private static readonly HashSet<string> NameNotFound = new(StringComparer.Ordinal) { "CS0103", "BC30451" };

    public static void Collect(SemanticModel model, SourceText text, DocumentFacts facts, CancellationToken cancellationToken)
    {
        List<string>? unresolvedImports = null;
        List<(string Name, string? Qualifier)>? names = null;
        foreach (var diagnostic in model.GetDiagnostics(cancellationToken: cancellationToken))
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                facts.Errors++;
            }

            var id = diagnostic.Id;
            var typeNotFound = TypeNotFound.Contains(id);
            if (!typeNotFound && !NameNotFound.Contains(id))
            {
                continue;
            }

            var span = diagnostic.Location.SourceSpan;
            var written = text.ToString(span).Trim();
            var line = text.Lines.GetLineFromPosition(span.Start).ToString().TrimStart();
            if (ImportedNamespace(line) is { } import)
            {
                (unresolvedImports ??= []).Add(import);
                continue;
            }

            var (qualifier, name) = Split(written);
            if (name.Length == 0 || (!typeNotFound && !char.IsUpper(name[0])))
            {
                continue;
            }

            facts.UnresolvedTypeRefs++;
            (names ??= []).Add((name, qualifier));
        }

        if (unresolvedImports is not null)
        {
            facts.MissingNames.AddRange(unresolvedImports);
        }

        if (names is null)
        {
            return;
        }

        foreach (var (name, qualifier) in names)
        {
            facts.MissingNames.Add(qualifier ?? (unresolvedImports is [var only] ? only : name));
        }
    }

    /// <summary>The namespace of a <c>using</c>, <c>global using</c>, <c>using static</c>, <c>using X = </c> or <c>Imports</c> line, else null.</summary>
    private static string? ImportedNamespace(string line)
    {
        var rest = StripPrefix(line, "global ");
        if (StripPrefix(rest, "using ") is { } afterUsing && afterUsing != rest)
        {
            rest = StripPrefix(afterUsing, "static ");
        }
        else if (StripPrefix(line, "Imports ") is { } afterImports && afterImports != line)
        {
            rest = afterImports;
        }
        else
        {
            return null;
        }

        var end = rest.IndexOfAny([';', ' ', '\'', '/']);
        var target = (end < 0 ? rest : rest[..end]).Trim();
        var alias = rest.IndexOf('=', StringComparison.Ordinal);
        if (alias >= 0)
        {
            target = rest[(alias + 1)..].Trim().TrimEnd(';').Trim();
        }

        return target.Length == 0 || target.Contains('(', StringComparison.Ordinal) ? null : target;
    }

    private static string StripPrefix(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? text[prefix.Length..].TrimStart() : text;

    /// <summary><c>System.Web.HttpContext</c> gives (System.Web, HttpContext); generic arguments and call parentheses are dropped.</summary>
    private static (string? Qualifier, string Name) Split(string written)
    {
        var cut = written.IndexOfAny(['<', '(', '[', ' ']);
        if (cut >= 0)
        {
            written = written[..cut];
        }

        var dot = written.LastIndexOf('.');
        return dot < 0 ? (null, written) : (written[..dot], written[(dot + 1)..]);
    }
}
