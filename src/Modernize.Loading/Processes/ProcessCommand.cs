namespace Modernize.Loading.Processes;

/// <summary>A program to run: its file, arguments, working folder and the changes to the inherited environment (a null value removes the variable).</summary>
public sealed record ProcessCommand(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory, IReadOnlyDictionary<string, string?> Environment)
{
    /// <summary>The program's name for messages (<c>git</c>, <c>dotnet</c>).</summary>
    public string DisplayName => Path.GetFileNameWithoutExtension(FileName);
}
