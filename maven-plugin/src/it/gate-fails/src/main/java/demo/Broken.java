package demo;

public class Broken {
  void half( {
}
