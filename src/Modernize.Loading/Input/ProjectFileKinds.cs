namespace Modernize.Loading.Input;

/// <summary>The project and solution file kinds Modernize reads.</summary>
public static class ProjectFileKinds
{
    public static bool IsSupported(string path) => IsCSharp(path) || IsVisualBasic(path);

    public static bool IsCSharp(string path) => path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase);

    public static bool IsVisualBasic(string path) => path.EndsWith(".vbproj", StringComparison.OrdinalIgnoreCase);

    public static bool IsSolution(string path) =>
        path.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase);
}
