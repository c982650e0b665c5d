using Microsoft.CodeAnalysis;
using Modernize.Loading;
using Modernize.Loading.Workspace;

namespace Modernize.Loading.Tests.Support;

/// <summary>A solution loaded once and shared by the tests of a class (MSBuild loading takes seconds).</summary>
public abstract class LoadedSolution : IAsyncLifetime
{
    private LoadedWorkspace? workspace;

    protected abstract string Path { get; }

    protected virtual LoadOptions Options => new();

    public LoadedWorkspace Workspace => workspace ?? throw new InvalidOperationException("not loaded");

    public List<string> Progress { get; } = [];

    public LoadedProject Project(string name) => Workspace.Projects.Single(p => p.Info.Name == name);

    /// <summary>Compiler errors of a project's compilation, as text.</summary>
    public static async Task<List<string>> ErrorsAsync(LoadedProject project)
    {
        var compilation = await project.Project.GetCompilationAsync();
        Assert.NotNull(compilation);
        return compilation!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
    }

    /// <summary>Full names of the source-declared named types of a project.</summary>
    public static async Task<List<string>> TypesAsync(LoadedProject project)
    {
        var compilation = await project.Project.GetCompilationAsync();
        var result = new List<string>();
        void Walk(INamespaceOrTypeSymbol symbol)
        {
            foreach (var member in symbol.GetMembers().OfType<INamespaceOrTypeSymbol>())
            {
                if (member is INamedTypeSymbol type && !type.IsImplicitlyDeclared && type.Locations.Any(l => l.IsInSource))
                {
                    result.Add(type.ToDisplayString());
                }

                Walk(member);
            }
        }

        Walk(compilation!.Assembly.GlobalNamespace);
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>What the machine must hold before the load (nothing by default).</summary>
    protected virtual Task BeforeLoadAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        await BeforeLoadAsync();
        var progress = new SynchronousProgress(Progress);
        workspace = await new SolutionLoader().LoadAsync(Path, Options, progress, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        workspace?.Dispose();
        Cleanup();
        return Task.CompletedTask;
    }

    protected virtual void Cleanup()
    {
    }

    private sealed class SynchronousProgress(List<string> lines) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (lines)
            {
                lines.Add(value);
            }
        }
    }
}
