using Modernize.Model.Graph;

namespace Modernize.Loading.Workspace;

/// <summary>A project ready for extraction: what loading learnt about it, and the Roslyn project to walk.</summary>
/// <param name="Info">Project facts. Its fidelity carries Mode, Documents and Warnings from loading; extraction fills Errors and the type-reference counts.</param>
/// <param name="Project">The Roslyn project (from MSBuildWorkspace, or built by a fallback/safe loader in an AdhocWorkspace).</param>
/// <param name="GeneratedDocuments">Paths (relative to the scan root) of documents that are generated code.</param>
public sealed record LoadedProject(ProjectInfo Info, Microsoft.CodeAnalysis.Project Project, IReadOnlySet<string> GeneratedDocuments);
