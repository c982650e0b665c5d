using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Modernize.Extraction.Collecting;

namespace Modernize.Extraction.Fidelity;

/// <summary>
/// Reads a document's compiler diagnostics after the walk (the semantic model has bound the bodies by then): counts errors,
/// counts type names that did not bind, and names what is missing: the qualifier of a qualified name, else the file's one unresolved
/// <c>using</c>/<c>Imports</c>, else its one unused uncommon import (on .NET, <c>using System.Web;</c> binds but does not hold HttpContext),
/// else the name itself.
/// </summary>
internal static class UnresolvedNames
{
    /// <summary>Type or namespace not found (C#: CS0246, CS0234; VB: BC30002, BC40056 on an Imports).</summary>
    private static readonly HashSet<string> TypeNotFound = new(StringComparer.Ordinal) { "CS0246", "CS0234", "BC30002", "BC40056", "BC30466" };

    /// <summary>Name not found in an expression; counted when it reads like a type (starts upper-case), as in <c>HttpContext.Current</c>.</summary>
    private static readonly HashSet<string> NameNotFound = new(StringComparer.Ordinal) { "CS0103", "BC30451" };

    /// <summary>Unused using/Imports (hidden diagnostics): where a name that did not bind was probably meant to come from.</summary>
    private static readonly HashSet<string> UnusedImport = new(StringComparer.Ordinal) { "CS8019", "BC50001" };

    /// <summary>Namespaces so commonly imported and left unused that they say nothing about what is missing.</summary>
    private static readonly HashSet<string> CommonNamespaces = new(StringComparer.Ordinal)
    {
        "System", "System.Collections", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading",
        "System.Threading.Tasks", "System.IO", "System.Diagnostics", "System.ComponentModel", "Microsoft.VisualBasic",
    };

    public static void Collect(SemanticModel model, SourceText text, DocumentFacts facts, CancellationToken cancellationToken)
    {
        List<string>? unresolvedImports = null;
        List<string>? unusedImports = null;
        List<(string Name, string? Qualifier)>? names = null;
        foreach (var diagnostic in model.GetDiagnostics(cancellationToken: cancellationToken))
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                facts.Errors++;
            }

            var id = diagnostic.Id;
            var unused = UnusedImport.Contains(id);
            var typeNotFound = TypeNotFound.Contains(id);
            if (!unused && !typeNotFound && !NameNotFound.Contains(id))
            {
                continue;
            }

            var span = diagnostic.Location.SourceSpan;
            var line = text.Lines.GetLineFromPosition(span.Start).ToString().TrimStart();
            if (ImportedNamespace(line) is { } import)
            {
                if (unused)
                {
                    (unusedImports ??= []).Add(import);
                }
                else
                {
                    (unresolvedImports ??= []).Add(import);
                }

                continue;
            }

            if (unused)
            {
                continue;
            }

            var (qualifier, name) = Split(text.ToString(span).Trim());
            if (name.Length == 0 || (!typeNotFound && !char.IsUpper(name[0])))
            {
                continue;
            }

            // A type-context name followed by '.' is itself a namespace (or outer type) that is missing: report it as written.
            var qualifies = typeNotFound && span.End < text.Length && text[span.End] == '.';
            facts.UnresolvedTypeRefs++;
            (names ??= []).Add((name, qualifies ? name : qualifier));
        }

        if (unresolvedImports is not null)
        {
            facts.MissingNames.AddRange(unresolvedImports);
        }

        if (names is null)
        {
            return;
        }

        var likelySource = LikelySource(unresolvedImports, unusedImports);
        foreach (var (name, qualifier) in names)
        {
            facts.MissingNames.Add(qualifier ?? likelySource ?? name);
        }
    }

    /// <summary>The one import a file's unresolved names most likely come from: its only unresolved import, else its only unused uncommon import.</summary>
    private static string? LikelySource(List<string>? unresolvedImports, List<string>? unusedImports)
    {
        if (unresolvedImports is [var unresolved])
        {
            return unresolved;
        }

        if (unresolvedImports is not null || unusedImports is null)
        {
            return null;
        }

        string? candidate = null;
        foreach (var import in unusedImports)
        {
            if (!CommonNamespaces.Contains(import))
            {
                if (candidate is not null)
                {
                    return null;
                }

                candidate = import;
            }
        }

        return candidate;
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
