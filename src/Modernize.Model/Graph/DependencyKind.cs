namespace Modernize.Model.Graph;

/// <summary>Why one type depends on another.</summary>
public enum DependencyKind
{
    Inheritance,
    InterfaceImplementation,
    FieldType,
    PropertyType,
    ParameterType,
    ReturnType,
    ObjectCreation,
    MethodCall,
    MemberAccess,
    Attribute,
    GenericArgument,
    CatchOrThrow,
    StaticUse,
    LocalVariable,
    TypeCheck,
}
