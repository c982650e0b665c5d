using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Modernize.Extraction.Tests.Support;

/// <summary>Compiles C# source into an in-memory assembly, referenced by test projects as a binary (so its types are external, not solution types).</summary>
internal static class StubAssembly
{
    public static MetadataReference Compile(string assemblyName, string source)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source)],
            RuntimeReferences.Runtime,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("Stub did not compile: " + string.Join(Environment.NewLine, result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
