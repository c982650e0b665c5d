using Modernize.Model.Graph;

namespace Modernize.Extraction.Collecting;

/// <summary>One declaration of a type in one file (a partial type has several).</summary>
internal sealed record DeclaredType(
    string Id,
    string Name,
    TypeKind Kind,
    string Namespace,
    bool IsAbstract,
    string File,
    int Line,
    bool Generated);
