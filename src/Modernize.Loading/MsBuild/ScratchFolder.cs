namespace Modernize.Loading.MsBuild;

/// <summary>A temporary folder for everything a design-time build writes (obj/, bin/, restore output); deleted with the loaded workspace (or by a later scan when this process is killed).</summary>
public sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = Environment.TempFolders.Create("scan");
    }

    public string Path { get; }

    public void Dispose() => Environment.ReferenceAssemblyRestorer.TryDelete(Path);
}
