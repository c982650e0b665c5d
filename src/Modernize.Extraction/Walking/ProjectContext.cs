using Microsoft.CodeAnalysis;
using Modernize.Extraction.Symbols;
using Modernize.Loading.Roslyn;
using Modernize.Loading.Workspace;

namespace Modernize.Extraction.Walking;

/// <summary>What every document walk of one project shares: the scan root, type ids, and which files are generated.</summary>
internal sealed class ProjectContext(string root, string projectPath, IReadOnlySet<string> generatedDocuments)
{
    public string Root { get; } = root;

    public string ProjectPath { get; } = projectPath;

    public TypeIdCache Ids { get; } = new();

    public string PathOf(SyntaxTree tree) => RootPaths.RelativeOrEmpty(Root, tree.FilePath);

    public bool IsGeneratedPath(string relativePath) =>
        generatedDocuments.Contains(relativePath) || GeneratedCode.IsGeneratedPath(relativePath);
}
